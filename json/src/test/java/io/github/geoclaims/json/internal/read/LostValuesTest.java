package io.github.geoclaims.json.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.validation.Violation;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Test;

class LostValuesTest {

  private static final ClaimDocument DOCUMENT = ClaimDocument.builder().id("d")
      .addActor(Actor.builder().id("white-house").kind(ActorKind.GOVERNMENT_BODY).name("White House").build())
      .addSource(Source.builder().id("article").kind(SourceKind.NEWS_ARTICLE).publisher("russia").build())
      .build();

  private static Violation unresolved(String path) {
    return new Violation(path, ViolationCode.REFERENCE_UNRESOLVED, "does not name any actor");
  }

  @Test
  void theHolderOfAnElementIsTheObjectThatHoldsItsList() {
    assertThat(LostValues.holderOf("/claims/3/attributions/0")).isEqualTo("/claims/3");
    assertThat(LostValues.holderOf("/claims/3/time")).isEqualTo("/claims/3");
    assertThat(LostValues.holderOf("/actors/0")).isEmpty();
    assertThat(LostValues.holderOf("/id")).isEmpty();
    assertThat(LostValues.holderOf("")).isEmpty();
  }

  @Test
  void aReferenceToTheIdentifierOfADroppedObjectFollowsFromIt() {
    LostValues lost = LostValues.ofDocument();
    lost.objects("Actor", "/actors/1", "russia");
    assertThat(lost.explain(unresolved("sources[0].publisher"), "/sources/0/publisher", DOCUMENT)).isTrue();
  }

  @Test
  void aReferenceToAnotherIdentifierDoesNotFollowFromADroppedObject() {
    LostValues lost = LostValues.ofDocument();
    lost.objects("Actor", "/actors/1", "kremlin");
    assertThat(lost.explain(unresolved("sources[0].publisher"), "/sources/0/publisher", DOCUMENT)).isFalse();
  }

  @Test
  void anyReferenceMayFollowFromAnIdentifiedObjectDroppedBeforeItsIdentifier() {
    LostValues lost = LostValues.ofDocument();
    lost.objects("Actor", "/actors/1", null);
    assertThat(lost.explain(unresolved("sources[0].publisher"), "/sources/0/publisher", DOCUMENT)).isTrue();
  }

  @Test
  void anObjectWithoutIdentifierDroppedExplainsNoReferenceElsewhere() {
    LostValues lost = LostValues.ofDocument();
    lost.objects("TimeSpec", "/claims/0/time", null);
    assertThat(lost.explain(unresolved("sources[0].publisher"), "/sources/0/publisher", DOCUMENT)).isFalse();
  }

  @Test
  void completenessRulesFollowOnlyInsideTheObjectThatLostAValue() {
    LostValues lost = LostValues.ofDocument();
    lost.objects("Attribution", "/claims/1/attributions/0", "a-1");
    Violation unattributed = new Violation("claims[1].attributions", ViolationCode.CLAIM_UNATTRIBUTED, "none");
    Violation elsewhere = new Violation("claims[2].attributions", ViolationCode.CLAIM_UNATTRIBUTED, "none");
    assertThat(lost.explain(unattributed, "/claims/1/attributions", DOCUMENT)).isTrue();
    assertThat(lost.explain(elsewhere, "/claims/2/attributions", DOCUMENT)).isFalse();
  }

  @Test
  void aTopLevelObjectDroppedLeavesTheOtherTopLevelObjectsComplete() {
    LostValues lost = LostValues.ofDocument();
    lost.objects("Claim", "/claims/0", "shipped");
    Violation unattributed = new Violation("claims[1].attributions", ViolationCode.CLAIM_UNATTRIBUTED, "none");
    assertThat(lost.explain(unattributed, "/claims/1/attributions", DOCUMENT)).isFalse();
  }

  @Test
  void aValueReadAloneHoldsAllItLost() {
    LostValues lost = LostValues.ofValue();
    lost.objects("Attribution", "/attributions/0", "a-1");
    Violation unattributed = new Violation("attributions", ViolationCode.CLAIM_UNATTRIBUTED, "none");
    assertThat(lost.explain(unattributed, "/attributions", DOCUMENT)).isTrue();
  }

  @Test
  void otherRulesNeverFollowFromALostValue() {
    LostValues lost = LostValues.ofDocument();
    lost.value("/actors/0/kind");
    Violation country = new Violation("actors[0].countryCode", ViolationCode.COUNTRY_INVALID, "ZZ");
    assertThat(lost.explain(country, "/actors/0/countryCode", DOCUMENT)).isFalse();
  }
}
