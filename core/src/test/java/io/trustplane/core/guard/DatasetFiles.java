package io.trustplane.core.guard;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a file of ../shared/datasets from the repository root or a module directory. */
public final class DatasetFiles {
    private DatasetFiles() {
    }

    public static Path find(String name) {
        for (String dir : new String[] {"../shared/datasets/", "../../shared/datasets/"}) {
            Path path = Path.of(dir + name);
            if (Files.isReadable(path)) {
                return path;
            }
        }
        return Path.of("../shared/datasets/" + name);
    }
}
