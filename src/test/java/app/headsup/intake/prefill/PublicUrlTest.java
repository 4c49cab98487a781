package app.headsup.intake.prefill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Links for clients come from the configured public address, whatever a request says its host is. */
class PublicUrlTest {

    @Test
    void aLinkIsBuiltFromTheConfiguredAddress() {
        var url = new PublicUrl("https://practice.example.org/", new MockEnvironment());
        assertThat(url.prefillLink("abc")).isEqualTo("https://practice.example.org/prefill/abc");
    }

    @Test
    void withoutOneItIsTheAppsOwnPortOnThisMachine() {
        var environment = new MockEnvironment().withProperty("local.server.port", "18123");
        assertThat(new PublicUrl("", environment).prefillLink("abc")).isEqualTo("http://localhost:18123/prefill/abc");
    }

    @Test
    void anAddressThatCannotBeALinkStopsTheStart() {
        for (String bad :
                new String[] {"practice.example.org", "ftp://x.org", "https://x.org/?a=1", "https://x.org/#f"}) {
            assertThatThrownBy(() -> new PublicUrl(bad, new MockEnvironment()))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("headsup.public-url");
        }
    }
}
