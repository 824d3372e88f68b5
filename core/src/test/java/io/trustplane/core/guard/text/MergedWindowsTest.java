package io.trustplane.core.guard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergedWindowsTest {

    private static List<String> merged(MergedWindows windows) {
        List<String> out = new ArrayList<>();
        windows.forEach((from, to) -> out.add(from + "-" + to));
        return out;
    }

    @Test
    void overlappingAndTouchingWindowsMergeInAnyOrderAndAreClippedToTheText() {
        MergedWindows windows = new MergedWindows(100);
        windows.add(50, 60);
        windows.add(-10, 5);
        windows.add(58, 70);
        windows.add(70, 75);
        windows.add(90, 200);
        windows.add(20, 20);
        windows.add(3, 8);
        assertThat(windows.size()).isEqualTo(6);
        assertThat(merged(windows)).containsExactly("0-8", "50-75", "90-100");
    }

    @Test
    void noWindowsVisitNothing() {
        assertThat(merged(new MergedWindows(10))).isEmpty();
    }
}
