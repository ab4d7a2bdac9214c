package io.naap.db.data;

import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;

/** A transaction ran past its timeout and was rolled back: none of its changes were kept. */
public class TransactionTimeoutException extends PlatformException {

    public TransactionTimeoutException(long seconds, Throwable cause) {
        super(ErrorCode.SERVICE_UNAVAILABLE, "The transaction ran past its " + seconds
                + " s timeout and was rolled back", java.util.Map.of("timeoutSeconds", seconds), cause);
    }
}
