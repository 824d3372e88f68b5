package io.trustplane.core.guard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a file of the shared datasets: in {@code $TRUSTPLANE_DATASETS} if set, else in
 * {@code ../shared/datasets} from the repository root or a module directory, else in the development
 * machines' {@code /work/shared/datasets}. Tests that need one skip when it is nowhere.
 */
public final class DatasetFiles {
    private DatasetFiles() {
    }

    public static Path find(String name) {
        List<String> dirs = new ArrayList<>();
        String env = System.getenv("TRUSTPLANE_DATASETS");
        if (env != null && !env.isBlank()) {
            dirs.add(env);
        }
        dirs.addAll(List.of("../shared/datasets", "../../shared/datasets", "/work/shared/datasets"));
        for (String dir : dirs) {
            Path path = Path.of(dir, name);
            if (Files.isReadable(path)) {
                return path;
            }
        }
        return Path.of("../shared/datasets", name);
    }
}
