package io.trustplane.server.eventlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trustplane.server.store.StoreProperties;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded event log under {@code <data-dir>/eventlog}, with its group-commit metrics. */
@Configuration(proxyBeanMethods = false)
public class EventLogConfig {

    @Bean(destroyMethod = "close")
    public SegmentedFileLog eventLog(StoreProperties store, EventLogProperties properties, MeterRegistry registry) {
        DistributionSummary groupRecords = DistributionSummary.builder("trustplane.eventlog.group.records")
                .description("Records made durable by one group commit (one fsync)")
                .publishPercentileHistogram().register(registry);
        Counter bytes = Counter.builder("trustplane.eventlog.bytes").baseUnit("bytes")
                .description("Bytes appended to the event log").register(registry);
        Timer fsync = Timer.builder("trustplane.eventlog.fsync")
                .description("Time to make one group commit durable").publishPercentileHistogram().register(registry);
        SegmentedFileLog log = new SegmentedFileLog(store.dataDir().resolve("eventlog"),
                properties.segmentSize().toBytes(), properties.maxGroupBytes().toBytes(),
                (records, written, fsyncNanos) -> {
                    groupRecords.record(records);
                    bytes.increment(written);
                    fsync.record(fsyncNanos, TimeUnit.NANOSECONDS);
                });
        Gauge.builder("trustplane.eventlog.end.offset", log, SegmentedFileLog::durableEnd)
                .description("Offset just past the last durable record").register(registry);
        Gauge.builder("trustplane.eventlog.segments", log, SegmentedFileLog::segmentCount)
                .description("Segment files held").register(registry);
        return log;
    }
}
