package io.naap.db.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Path, query and header parameters of an enum type ({@code @QueryParam("status") TrackerTaskStatus status}): a
 * value that names no constant, case-sensitively as Prisma does, is a {@code VALIDATION_ERROR} naming the parameter and
 * the allowed values, never a 404 or a 500.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        String name = nameOf(annotations);
        Class<? extends Enum> type = (Class<? extends Enum>) rawType;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null ? null : (T) Inputs.enumValue(type, name, value);
            }

            @Override
            public String toString(T value) {
                return ((Enum<?>) value).name();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
