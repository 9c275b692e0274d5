package io.github.geoclaims.interop.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameBasedUuidTest {

  @Test
  void givesTheTestVectorOfRfc9562AppendixA4() {
    assertThat(NameBasedUuid.v5(NameBasedUuid.DNS, "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }

  @Test
  void setsVersion5AndTheRfcVariant() {
    UUID uuid = NameBasedUuid.v5(NameBasedUuid.URL, "https://example.org/");

    assertThat(uuid.version()).isEqualTo(5);
    assertThat(uuid.variant()).isEqualTo(2);
  }

  @Test
  void theGeoclaimsNamespaceIsTheUuidOfItsDocumentedUrl() {
    assertThat(NameBasedUuid.v5(NameBasedUuid.URL, "https://github.com/geoclaims/geoclaims/stix"))
        .isEqualTo(NameBasedUuid.GEOCLAIMS_STIX);
  }

  @Test
  void hashesTheNameAsUtf8EvenOutsideTheBmp() {
    // Python's uuid.uuid5(uuid.NAMESPACE_DNS, name), an independent implementation, gives these.
    assertThat(NameBasedUuid.v5(NameBasedUuid.DNS, "caf\u00e9"))
        .isEqualTo(UUID.fromString("5e2e2331-a683-5e18-b56d-666e31574b41"));
    assertThat(NameBasedUuid.v5(NameBasedUuid.DNS, "\uD83D\uDE00"))
        .isEqualTo(UUID.fromString("52096f1e-2b44-5520-929f-9e587f0f4899"));
  }
}
