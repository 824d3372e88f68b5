package io.trustplane.server.monitoring.analysis;

import io.trustplane.server.monitoring.windows.WindowRepository;
import io.trustplane.server.monitoring.windows.WindowRepository.StoredWindow;
import io.trustplane.server.monitoring.windows.WindowState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** A version's hourly windows merged into the buckets of a {@link WindowRange}, and into one total. */
@Service
public class VersionWindows {
    private final WindowRepository windows;

    public VersionWindows(WindowRepository windows) {
        this.windows = windows;
    }

    /** One bucket: its start and the merge of its hourly windows (empty when it has none). */
    public record Bucket(Instant start, WindowState state) {
    }

    /** The buckets of the range, every one present (oldest first), and their total. */
    public record Merged(List<Bucket> buckets, WindowState total) {
    }

    public Merged load(UUID versionId, WindowRange range, String segment, boolean withFeatures) {
        Map<Instant, WindowState> byBucket = new LinkedHashMap<>();
        for (long i = 0; i < range.bucketCount(); i++) {
            byBucket.put(range.from().plus(range.interval().multipliedBy(i)), WindowState.empty());
        }
        WindowState total = WindowState.empty();
        for (StoredWindow w : windows.read(versionId, range.from(), range.to(), segment, withFeatures)) {
            byBucket.get(range.bucketOf(w.start())).merge(w.state());
            total.merge(w.state());
        }
        List<Bucket> buckets = new ArrayList<>(byBucket.size());
        byBucket.forEach((start, state) -> buckets.add(new Bucket(start, state)));
        return new Merged(buckets, total);
    }

    public List<String> segments(UUID versionId, WindowRange range) {
        return windows.segments(versionId, range.from(), range.to());
    }
}
