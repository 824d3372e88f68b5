package io.trustplane.server.ingest;

import io.trustplane.server.eventlog.EventLog;
import io.trustplane.server.eventlog.EventLogUnavailableException;
import io.trustplane.server.web.ApiException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The acknowledgement rule every ingestion path shares (spans, span contents, predictions, ground truth): refuse with
 * 503 while the consumer that serves the data lags the log by more than {@code trustplane.ingest.max-projection-lag},
 * and answer only once the record is durable (503 when that is not confirmed within {@code ack-timeout}).
 */
@Component
public class DurableAppender {
    private final EventLog log;
    private final IngestProperties properties;

    public DurableAppender(EventLog log, IngestProperties properties) {
        this.log = log;
        this.properties = properties;
    }

    /** Throws 503 ({@code overloaded}) when {@code projectedOffset} is too far behind the log's durable end. */
    public void refuseWhenLagging(LongSupplier projectedOffset) {
        long lag = log.durableEnd() - projectedOffset.getAsLong();
        if (lag > properties.maxProjectionLag().toBytes()) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", "Overloaded",
                    "The store is " + lag + " bytes behind the event log; retry after a second.");
        }
    }

    /** Appends and waits until the record is durable; 503 ({@code unavailable}) otherwise. */
    public void append(byte[] record) {
        try {
            log.append(record).get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            String reason = e instanceof ExecutionException ee && ee.getCause() instanceof EventLogUnavailableException u
                    ? u.getMessage() : "the batch was not confirmed durable in time";
            throw unavailable("The batch was not stored (" + reason + "); retry it — ids make retries idempotent.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("The server is shutting down; retry the batch.");
        }
    }

    private static ApiException unavailable(String detail) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable", detail);
    }
}
