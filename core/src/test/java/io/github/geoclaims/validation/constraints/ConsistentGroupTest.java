package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.withExtraActor;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static io.github.geoclaims.validation.ValidationAssertions.assertViolations;
import static io.github.geoclaims.validation.ValidationAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsistentGroupTest {

  private static Actor.Builder actor(ActorKind kind) {
    return Actor.builder().id("g").kind(kind).name("Some actors");
  }

  @ParameterizedTest
  @ValueSource(strings = {"group", "unnamed", "x-coalition"})
  void acceptsMembersOnGroupsUnnamedCollectivesAndExtensionKinds(String kind) {
    assertValid(withExtraActor(actor(ActorKind.of(kind)).addMember("north-korea").addMember("russia")
        .memberCount(2).build()));
  }

  @Test
  void acceptsMemberCountAboveListedMembers() {
    assertValid(actor(ActorKind.GROUP).addMember("white-house").memberCount(47).build());
  }

  @Test
  void rejectsMembersOnNonGroup() {
    var violation = assertOnlyViolation(withExtraActor(actor(ActorKind.STATE).addMember("russia").build()),
        ViolationCode.GROUP_INCONSISTENT, "actors[3].members");
    assertThat(violation.message())
        .isEqualTo("only a group or an unnamed collective has members, but this actor is a state");
  }

  @Test
  void rejectsMemberCountOnNonGroup() {
    assertOnlyViolation(actor(ActorKind.PERSON).memberCount(3).build(), ViolationCode.GROUP_INCONSISTENT,
        "members");
  }

  @Test
  void rejectsDuplicateMember() {
    assertOnlyViolation(withExtraActor(actor(ActorKind.GROUP).addMember("russia").addMember("russia").build()),
        ViolationCode.GROUP_INCONSISTENT, "actors[3].members");
  }

  @Test
  void rejectsMemberCountBelowListedMembers() {
    var violation = assertOnlyViolation(
        actor(ActorKind.GROUP).addMember("a").addMember("b").addMember("c").memberCount(2).build(),
        ViolationCode.GROUP_INCONSISTENT, "memberCount");
    assertThat(violation.message()).isEqualTo("the member count 2 is smaller than the 3 members listed");
  }

  @Test
  void countsDistinctMembersAgainstMemberCount() {
    assertViolations(actor(ActorKind.GROUP).addMember("a").addMember("a").addMember("b").memberCount(2).build())
        .containsExactly(violation(ViolationCode.GROUP_INCONSISTENT, "members"));
  }

  @Test
  void reportsEveryInconsistencyOfOneActor() {
    assertViolations(actor(ActorKind.STATE).addMember("a").addMember("a").memberCount(1).build()).containsExactly(
        violation(ViolationCode.GROUP_INCONSISTENT, "members"),
        violation(ViolationCode.GROUP_INCONSISTENT, "members"));
  }
}
