package io.trustplane.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TilePathTest {

    @Test
    void parsesAndWritesTheC2spExamples() {
        TilePath tile = TilePath.parse("0/x001/x234/067").orElseThrow();
        assertThat(tile).isEqualTo(new TilePath(false, 0, 1_234_067, 256));
        assertThat(tile.path()).isEqualTo("0/x001/x234/067");
        assertThat(TilePath.parse("1/000.p/5").orElseThrow()).isEqualTo(new TilePath(false, 1, 0, 5));
        assertThat(TilePath.parse("entries/x001/000.p/255").orElseThrow()).isEqualTo(new TilePath(true, 0, 1000, 255));
        assertThat(new TilePath(true, 0, 1000, 255).path()).isEqualTo("entries/x001/000.p/255");
        assertThat(new TilePath(false, 2, 7, 256).path()).isEqualTo("2/007");
    }

    @Test
    void refusesNonCanonicalPaths() {
        for (String bad : new String[] {"0/67", "0/0067", "00/067", "0/x000/067", "0/001/067", "0/067.p/0", "0/067.p/256",
                "0/067.p/010", "8/000", "entries", "0/", "x/000", "0/x001"}) {
            assertThat(TilePath.parse(bad)).as(bad).isEmpty();
        }
    }
}
