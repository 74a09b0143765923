package id.humasdesk.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NinjsMapperTest {
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private final Release release = BundleFixtures.release(UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
            ReleaseStatus.PUBLISHED, 3, BundleFixtures.sampleContent(List.of(BundleFixtures.photo(SHA, "jpg", 1234))));

    private JsonNode item(Release r) throws Exception {
        return CanonicalJson.read(CanonicalJson.write(NinjsMapper.map(r, BundleFixtures.KAUR)));
    }

    @Test
    void itemIsValidAgainstTheOfficialNinjs22SchemaAndOurProfile() throws Exception {
        JsonNode item = item(release);
        assertThat(BundleSchemas.get().checkItem(item)).isEmpty();
        assertThat(OfficialNinjs.validate(item)).isEmpty();
    }

    @Test
    void minimalAndWithdrawnItemsAreValidToo() throws Exception {
        Release bare = new Release(UUID.randomUUID(), "KAUR", null, id.humasdesk.model.ReleaseType.PENGUMUMAN,
                ReleaseStatus.WITHDRAWN, id.humasdesk.model.ReleaseContent.empty().withHeadline("Pengumuman"),
                BundleFixtures.AUTHOR, BundleFixtures.T0, BundleFixtures.T0, 1, false);
        JsonNode item = item(bare);
        assertThat(BundleSchemas.get().checkItem(item)).isEmpty();
        assertThat(item.path("pubstatus").asText()).isEqualTo("canceled");
        assertThat(OfficialNinjs.validate(item)).isEmpty();
    }

    @Test
    void fieldsLandWhereTheContractSays() throws Exception {
        JsonNode n = item(release);
        assertThat(n.path("uri").asText()).isEqualTo("urn:uuid:3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        assertThat(n.path("version").asText()).isEqualTo("3");
        assertThat(n.path("pubstatus").asText()).isEqualTo("usable");
        assertThat(n.path("headlines").path(0).path("value").asText()).startsWith("Sinergi dan Konsolidasi");
        assertThat(n.path("descriptions").path(0).path("value").asText()).startsWith("Humas Bawaslu RI");
        assertThat(n.path("bodies").path(0).path("value").asText()).contains("tuturnya.");
        assertThat(n.path("located").asText()).isEqualTo("Batam");
        assertThat(n.path("by").asText()).isEqualTo("Tim Humas Bawaslu Kaur");
        assertThat(n.path("people").path(0).path("name").asText()).isEqualTo("Dr. Firman Kurniawan");
        assertThat(n.path("infosources").path(0).path("literal").asText()).isEqualTo("KAUR");
        assertThat(n.path("organisations").path(0).path("name").asText()).isEqualTo("Bawaslu Kabupaten Kaur");
        assertThat(n.path("subjects").findValuesAsText("name")).containsExactly("kehumasan", "konsolidasi",
                "Kampanye");
        assertThat(n.path("contentcreated").asText()).isEqualTo("2023-08-26T00:00:00+07:00");
        JsonNode photo = n.path("associations").path(0);
        assertThat(photo.path("uri").asText()).isEqualTo("ni:///sha-256;n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg");
        assertThat(photo.path("altids").path(0).path("value").asText()).isEqualTo("media/" + SHA + ".jpg");
    }

    @Test
    void readingAnItemBackGivesTheSameRelease() throws Exception {
        byte[] bytes = CanonicalJson.write(NinjsMapper.map(release, BundleFixtures.KAUR));
        ReceivedItem back = NinjsReader.read(CanonicalJson.read(bytes), "items/x.json",
                new String(bytes, StandardCharsets.UTF_8), "00");
        assertThat(back.content()).isEqualTo(release.content());
        assertThat(back.id()).isEqualTo(release.id());
        assertThat(back.version()).isEqualTo(3);
        assertThat(back.status()).isEqualTo(ReleaseStatus.PUBLISHED);
        assertThat(back.number()).isEqualTo(release.number());
        assertThat(back.type()).isEqualTo(release.type());
        assertThat(back.officeCode()).isEqualTo("KAUR");
        assertThat(back.versionCreated()).isEqualTo(release.updatedAt());
    }

    @Test
    void sameReleaseGivesSameBytesWithSortedKeys() throws Exception {
        byte[] a = CanonicalJson.write(NinjsMapper.map(release, BundleFixtures.KAUR));
        byte[] b = CanonicalJson.write(NinjsMapper.map(release, BundleFixtures.KAUR));
        assertThat(a).isEqualTo(b);
        List<String> keys = new java.util.ArrayList<>();
        CanonicalJson.read(a).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isSorted().contains("associations", "bodies", "uri");
        List<String> photoKeys = new java.util.ArrayList<>();
        CanonicalJson.read(a).path("associations").path(0).fieldNames().forEachRemaining(photoKeys::add);
        assertThat(photoKeys).isSorted();
    }

    @Test
    void wordCountAgreesWithTheEditorsCount() {
        for (String text : List.of("", "Satu", "Bawaslu Kabupaten Kaur menggelar rapat.", "e-mail, Jum'at, 10.00 WIB",
                "kata—kata  \u201Ckutipan\u201D 3,5 juta; a.b.c. -x- ’y’ Pemilu2024", "\uD835\uDC00 huruf matematika")) {
            assertThat(NinjsMapper.countWords(text)).as(text).isEqualTo(id.humasdesk.model.TextUtil.countWords(text));
        }
    }

    @Test
    void theStreamingWriterGivesExactlyTheCanonicalBytesOfTheMapping() {
        List<Release> cases = List.of(release,
                BundleFixtures.release(UUID.randomUUID(), ReleaseStatus.WITHDRAWN, 7, id.humasdesk.model.ReleaseContent
                        .empty().withHeadline("Hanya judul \u201Ckutip\u201D \\ / \u0007")),
                new Release(UUID.randomUUID(), "KAUR", null, id.humasdesk.model.ReleaseType.KLARIFIKASI,
                        ReleaseStatus.APPROVED, BundleFixtures.sampleContent(List.of(
                                new id.humasdesk.model.Photo(SHA, "image/png", 9, "", ""),
                                BundleFixtures.photo(SHA, "jpg", 10))), BundleFixtures.AUTHOR, BundleFixtures.T0,
                        BundleFixtures.T0, 1, false));
        for (Release r : cases) {
            assertThat(new String(NinjsWriter.write(r, BundleFixtures.KAUR), StandardCharsets.UTF_8))
                    .isEqualTo(new String(CanonicalJson.write(NinjsMapper.map(r, BundleFixtures.KAUR)),
                            StandardCharsets.UTF_8));
        }
    }
}
