package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trasloco.xmpp.archive.upload.UploadProgress;

class UploadEstimateTest {

    private static UploadProgress sending(long done, Duration elapsed, Duration left) {
        return new UploadProgress(UploadProgress.State.SENDING, done, done, 40_000, 0, 0, elapsed, left);
    }

    @Test
    void saysTheRunsDurationOnceAfterTheFirstSeconds() {
        UploadEstimate estimate = new UploadEstimate();
        assertEquals(Optional.empty(), estimate.expected(sending(100, Duration.ofSeconds(2), Duration.ofMinutes(13))),
                "too early to tell");
        assertEquals(Optional.of(Duration.ofSeconds(1_500)),
                estimate.expected(sending(200, Duration.ofSeconds(6), Duration.ofSeconds(1_494))));
        assertEquals(Optional.empty(), estimate.expected(sending(400, Duration.ofSeconds(12), Duration.ofSeconds(1_488))),
                "said once");
        assertEquals(25, UploadEstimate.minutes(Duration.ofSeconds(1_500)));
        assertEquals(0, UploadEstimate.minutes(Duration.ofSeconds(20)));
    }

    @Test
    void saysNothingWithoutASpeed() {
        UploadEstimate estimate = new UploadEstimate();
        assertEquals(Optional.empty(), estimate.expected(new UploadProgress(UploadProgress.State.WAITING, 10, 10, 100, 0, 0,
                Duration.ofSeconds(9), Duration.ofSeconds(5))));
        assertEquals(Optional.empty(), estimate.expected(sending(0, Duration.ofSeconds(9), null)));
    }
}
