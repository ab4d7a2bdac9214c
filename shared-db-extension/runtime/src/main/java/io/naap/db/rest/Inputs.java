package io.naap.db.rest;

import io.naap.db.error.PlatformException;

/** Shared input rules of the plugin routes. */
public final class Inputs {

    /** A UUID in its canonical text form, any case (zod's {@code z.string().uuid()}). */
    public static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    public static final String UUID_MESSAGE = "must be a UUID";
    /** Upper bound of free-text fields the original schemas left unbounded. */
    public static final int MAX_TEXT = io.naap.db.model.support.UuidModel.MAX_TEXT;

    private Inputs() {
    }

    /** The constant of {@code type} named {@code value}, null for null; {@code VALIDATION_ERROR} naming the field otherwise. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw PlatformException.invalidField(field, PlatformException.mustBeOneOf(type));
    }
}
