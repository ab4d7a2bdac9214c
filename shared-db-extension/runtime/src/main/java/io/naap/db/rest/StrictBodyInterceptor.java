package io.naap.db.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Every request body a route reads is checked by {@link StrictText} before it is parsed: invalid UTF-8, and JSON
 * strings holding NUL or a lone surrogate, are a 400 naming the body or the field, so that nothing is stored other
 * than what was sent. Bodies are bounded (1 MiB), so reading one whole costs little.
 */
@Provider
public class StrictBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        StrictText.checkJson(StrictText.utf8(body, "body"), "body");
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
