package io.naap.db.data;

/** A failure inside an extension's code, naming the extension and the part of it that failed. */
public final class ExtensionException extends RuntimeException {

    private final String extension;

    ExtensionException(String extension, String part, RuntimeException cause) {
        super("Extension '" + extension + "' failed in " + part + ": " + cause.getMessage(), cause);
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
