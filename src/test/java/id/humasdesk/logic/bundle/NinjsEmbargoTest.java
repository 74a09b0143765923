package id.humasdesk.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Embargo, channel plans and history in the item: what headquarters learns of a release's state. */
class NinjsEmbargoTest {
    static final Instant EXPORT = Instant.parse("2026-11-28T05:00:00Z");
    final Release scheduled = BundleFixtures.release(UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
            ReleaseStatus.SCHEDULED, 4, BundleFixtures.sampleContent(List.of()));

    static ItemTrail trail(Instant... embargoes) {
        List<ItemTrail.PlanLine> plans = new ArrayList<>();
        String[] channels = {"WEBSITE", "INSTAGRAM", "X", "MEDIA"};
        for (int i = 0; i < embargoes.length; i++) {
            plans.add(new ItemTrail.PlanLine(channels[i], EXPORT.plus(Duration.ofHours(3 - i)), "PLANNED", "",
                    embargoes[i]));
        }
        plans.add(new ItemTrail.PlanLine("FACEBOOK", EXPORT.minus(Duration.ofDays(1)), "POSTED",
                "https://facebook.com/bawaslukaur/posts/1", null));
        List<ItemTrail.HistoryLine> history = List.of(
                new ItemTrail.HistoryLine(BundleFixtures.T0, "CREATE", null, "DRAFT", "Rina Marlina", "", 1),
                new ItemTrail.HistoryLine(BundleFixtures.T0.plusSeconds(60), "SUBMIT", "DRAFT", "IN_REVIEW",
                        "Rina Marlina", "", 1),
                new ItemTrail.HistoryLine(BundleFixtures.T0.plusSeconds(120), "REQUEST_CHANGES", "IN_REVIEW",
                        "CHANGES_REQUESTED", "Hendra Saputra", "Lengkapi jabatan narasumber.", 1),
                new ItemTrail.HistoryLine(BundleFixtures.T0.plusSeconds(900), "APPROVE", "IN_REVIEW", "APPROVED",
                        "Hendra Saputra", "", 2),
                new ItemTrail.HistoryLine(BundleFixtures.T0.plusSeconds(960), "SCHEDULE", "APPROVED", "SCHEDULED",
                        "Hendra Saputra", "Situs web, Instagram", 2));
        return new ItemTrail(plans, history);
    }

    static JsonNode item(Release r, ItemTrail t, Instant at) throws Exception {
        return CanonicalJson.read(CanonicalJson.write(NinjsMapper.map(r, BundleFixtures.KAUR, t, at)));
    }

    @Test
    void anEmbargoAfterExportWithholdsTheItemUntilTheEarliestSuchEmbargo() throws Exception {
        Instant soon = EXPORT.plus(Duration.ofHours(2));
        Instant later = EXPORT.plus(Duration.ofHours(5));
        JsonNode n = item(scheduled, trail(later, EXPORT.minusSeconds(1), soon), EXPORT);

        assertThat(n.path("pubstatus").asText()).isEqualTo("withheld");
        assertThat(n.path("embargoed").asText()).isEqualTo("2026-11-28T07:00:00Z");
        assertThat(BundleSchemas.get().checkItem(n)).isEmpty();
        assertThat(OfficialNinjs.validate(n)).isEmpty();
    }

    @Test
    void anEmbargoAlreadyPastOrAWithdrawalLeavesNoEmbargo() throws Exception {
        JsonNode past = item(scheduled, trail(EXPORT.minusSeconds(1), EXPORT), EXPORT);
        assertThat(past.path("pubstatus").asText()).isEqualTo("usable");
        assertThat(past.has("embargoed")).isFalse();

        Release withdrawn = BundleFixtures.release(scheduled.id(), ReleaseStatus.WITHDRAWN, 5, scheduled.content());
        JsonNode canceled = item(withdrawn, trail(EXPORT.plus(Duration.ofDays(1))), EXPORT);
        assertThat(canceled.path("pubstatus").asText()).isEqualTo("canceled");
        assertThat(canceled.has("embargoed")).isFalse();
        assertThat(OfficialNinjs.validate(canceled)).isEmpty();
    }

    @Test
    void plansAndHistoryTravelInTheExtensionInAFixedOrderAndReadBack() throws Exception {
        ItemTrail t = trail(EXPORT.plus(Duration.ofHours(1)), null);
        JsonNode n = item(scheduled, t, EXPORT);
        JsonNode x = NinjsReader.extension(n);

        assertThat(x.path("channelPlans").findValuesAsText("channel")).containsExactly("FACEBOOK", "INSTAGRAM",
                "WEBSITE");
        assertThat(x.path("channelPlans").path(0).path("postedUrl").asText())
                .isEqualTo("https://facebook.com/bawaslukaur/posts/1");
        assertThat(x.path("history").findValuesAsText("action")).containsExactly("CREATE", "SUBMIT",
                "REQUEST_CHANGES", "APPROVE", "SCHEDULE");
        assertThat(x.path("history").path(2).path("reason").asText()).isEqualTo("Lengkapi jabatan narasumber.");
        assertThat(x.path("history").path(0).has("from")).as("CREATE comes from nowhere").isFalse();
        assertThat(NinjsReader.trail(n)).isEqualTo(t);
        ReceivedItem back = NinjsReader.read(n, "items/x.json", n.toString(), "00");
        assertThat(back.embargoed()).isEqualTo(EXPORT.plus(Duration.ofHours(1)));
        assertThat(back.content()).isEqualTo(scheduled.content());
    }

    @Test
    void theSameStateInAnyOrderGivesTheSameBytesAndTheStreamingWriterAgrees() {
        ItemTrail t = trail(EXPORT.plus(Duration.ofHours(1)), EXPORT.plus(Duration.ofHours(2)));
        List<ItemTrail.PlanLine> plans = new ArrayList<>(t.plans());
        List<ItemTrail.HistoryLine> history = new ArrayList<>(t.history());
        Collections.reverse(plans);
        Collections.reverse(history);
        ItemTrail shuffled = new ItemTrail(plans, history);

        byte[] streamed = NinjsWriter.write(scheduled, BundleFixtures.KAUR, t, EXPORT);
        assertThat(NinjsWriter.write(scheduled, BundleFixtures.KAUR, shuffled, EXPORT)).isEqualTo(streamed);
        assertThat(new String(streamed, StandardCharsets.UTF_8)).isEqualTo(new String(CanonicalJson.write(
                NinjsMapper.map(scheduled, BundleFixtures.KAUR, t, EXPORT)), StandardCharsets.UTF_8));
        assertThat(NinjsWriter.write(scheduled, BundleFixtures.KAUR, ItemTrail.NONE, EXPORT))
                .as("no trail: the bytes earlier versions wrote").isEqualTo(NinjsWriter.write(scheduled,
                        BundleFixtures.KAUR));
    }

    @Test
    void theContentHashIgnoresStateButNotWords() {
        ItemTrail t = trail(EXPORT.plus(Duration.ofHours(1)));
        String withheld = new String(NinjsWriter.write(scheduled, BundleFixtures.KAUR, t, EXPORT),
                StandardCharsets.UTF_8);
        String released = new String(NinjsWriter.write(scheduled, BundleFixtures.KAUR, ItemTrail.NONE,
                EXPORT.plus(Duration.ofDays(1))), StandardCharsets.UTF_8);
        Release reworded = BundleFixtures.release(scheduled.id(), ReleaseStatus.SCHEDULED, 4,
                scheduled.content().withHeadline("Judul lain"));
        String other = new String(NinjsWriter.write(reworded, BundleFixtures.KAUR, t, EXPORT), StandardCharsets.UTF_8);

        assertThat(withheld).isNotEqualTo(released);
        assertThat(NinjsReader.contentHash(withheld)).isEqualTo(NinjsReader.contentHash(released)).hasSize(64);
        assertThat(NinjsReader.contentHash(other)).isNotEqualTo(NinjsReader.contentHash(withheld));
    }
}
