package io.naap.db.rest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * What happens to every request before and around the routes: its request id (echoed, generated when absent, and
 * in the logging MDC under {@value RequestIds#MDC_KEY} while the request is processed), refusing a declared body
 * over the size limit (and closing its connection), refusing a path or query string that is not valid
 * percent-encoded UTF-8, and the envelope for routes that do not exist.
 */
@Singleton
public class HttpEdge {

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    HttpEdge(ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void serving(@Observes StartupEvent started) {
        Draining.reset();
    }

    void registerFilter(@Observes Filters filters) {
        filters.register(this::onRequest, 1000);
    }

    void registerFallback(@Observes Router router) {
        router.route().last().handler(ctx -> reject(ctx, ErrorEnvelopeMapper.fromStatus(404)));
        // The router itself fails a request whose path it cannot decode (bad percent-encoding) with a bare 400.
        router.errorHandler(400, ctx -> {
            if (!ctx.response().headWritten()) {
                reject(ctx, ErrorEnvelopeMapper.fromStatus(400));
            }
        });
        // A chunked body declares no length: read it through Vert.x's body handler, which stops at the limit and
        // fails the request with 413, so that it too is answered in the envelope.
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route().order(-1).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                chunkedBodies.handle(ctx);
            } else {
                ctx.next();
            }
        }).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                rejectAndClose(ctx, ErrorEnvelopeMapper.fromStatus(413));
            } else {
                ctx.next();
            }
        });
    }

    private void onRequest(RoutingContext ctx) {
        String requestId = RequestIds.acceptOrGenerate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.request().headers().set(RequestIds.HEADER, requestId);
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        // The MDC lives on the request's duplicated Vert.x context, which Quarkus carries to the worker threads that
        // run the request; removed at its end all the same, in case a handler ran on a shared context.
        MDC.put(RequestIds.MDC_KEY, requestId);
        ctx.addEndHandler(ended -> MDC.remove(RequestIds.MDC_KEY));
        if (Draining.isDraining()) {
            ctx.response().putHeader("retry-after", ErrorEnvelopeMapper.RETRY_AFTER_SECONDS);
            rejectAndClose(ctx, new PlatformException(ErrorCode.SERVICE_UNAVAILABLE, "The service is shutting down"));
            return;
        }
        if (declaredLength(ctx) > maxBodyBytes) {
            rejectAndClose(ctx, ErrorEnvelopeMapper.fromStatus(413));
            return;
        }
        try {
            StrictText.checkUriComponent(ctx.request().path(), "path");
            StrictText.checkUriComponent(ctx.request().query(), "query");
        } catch (PlatformException invalid) {
            reject(ctx, invalid);
            return;
        }
        ctx.next();
    }

    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Answers and then closes the connection: the rest of an oversized body is never read, so the connection cannot
     * carry another request.
     */
    private void rejectAndClose(RoutingContext ctx, PlatformException error) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ctx.response().endHandler(done -> ctx.request().connection().close());
        reject(ctx, error);
    }

    private void reject(RoutingContext ctx, PlatformException error) {
        String body;
        try {
            body = mapper.writeValueAsString(ErrorEnvelope.of(error, ctx.request().getHeader(RequestIds.HEADER)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(error.code().status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body);
    }
}
