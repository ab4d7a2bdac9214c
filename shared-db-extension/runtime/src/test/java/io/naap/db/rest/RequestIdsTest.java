package io.naap.db.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aWellFormedIdIsKeptAndAnyOtherReplacedByARandomUuid() {
        assertThat(RequestIds.acceptOrGenerate("trace-abc.1:2")).isEqualTo("trace-abc.1:2");
        for (String refused : new String[] { null, "", "with space", "x".repeat(129), "emoji-\u263A" }) {
            String generated = RequestIds.acceptOrGenerate(refused);
            assertThat(generated).isNotEqualTo(refused).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }
    }

    @Test
    void generatedIdsAreVersion4UuidsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.generate();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
