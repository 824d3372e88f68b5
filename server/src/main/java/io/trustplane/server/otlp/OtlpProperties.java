package io.trustplane.server.otlp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The OTLP/HTTP receiver ({@code trustplane.otlp.*}).
 *
 * @param maxBodySize              largest request, after gzip decompression (413 beyond)
 * @param maxSpansPerRequest       most spans in one export request (400 beyond: split the batch)
 * @param maxLogRecordsPerRequest  most log records in one export request
 * @param maxConcurrentRequests    export requests decoded at once; more are answered 429 with Retry-After, so a
 *                                 burst of large batches cannot exhaust the heap
 */
@ConfigurationProperties("trustplane.otlp")
public record OtlpProperties(
        @DefaultValue("16MB") DataSize maxBodySize,
        @DefaultValue("10000") int maxSpansPerRequest,
        @DefaultValue("10000") int maxLogRecordsPerRequest,
        @DefaultValue("16") int maxConcurrentRequests) {
}
