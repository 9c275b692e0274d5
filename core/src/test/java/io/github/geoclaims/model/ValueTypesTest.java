package io.github.geoclaims.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The small helpers on value types: bounds of a quantity, the earliest time, identity caveats, factories. */
class ValueTypesTest {

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void takesQuantityBoundsFromInclusiveThenExclusiveThenValue() {
    Quantity value = Quantity.builder().unit("countries").value(n("47")).build();
    assertThat(value.lowerBound()).contains(n("47"));
    assertThat(value.upperBound()).contains(n("47"));
    Quantity exclusive = Quantity.builder().unit("c").exclusiveMinimum(n("1000")).exclusiveMaximum(n("2000")).build();
    assertThat(exclusive.lowerBound()).contains(n("1000"));
    assertThat(exclusive.upperBound()).contains(n("2000"));
    Quantity both = Quantity.builder().unit("c").minimum(n("1")).exclusiveMinimum(n("2")).maximum(n("9"))
        .exclusiveMaximum(n("10")).value(n("5")).build();
    assertThat(both.lowerBound()).contains(n("1"));
    assertThat(both.upperBound()).contains(n("9"));
    Quantity open = Quantity.builder().unit("c").maximum(n("3")).build();
    assertThat(open.lowerBound()).isEmpty();
    assertThat(open.upperBound()).contains(n("3"));
  }

  @Test
  void marksQuantitiesExactUnlessSaidApproximate() {
    assertThat(Quantity.builder().unit("hours").value(n("5")).build().isApproximate()).isFalse();
    assertThat(Quantity.builder().unit("hours").value(n("5")).approximate(true).build().isApproximate()).isTrue();
  }

  @Test
  void takesTheEarliestTimeFromThePointElseTheStart() {
    TimePoint august = TimePoint.parse("2023-08");
    TimePoint start = TimePoint.parse("2022");
    assertThat(TimeSpec.at(august).earliest()).contains(august);
    assertThat(TimeSpec.builder().start(start).end(august).build().earliest()).contains(start);
    assertThat(TimeSpec.builder().end(august).build().earliest()).isEmpty();
    assertThat(TimeSpec.expressed("recently").earliest()).isEmpty();
    assertThat(TimeSpec.expressed("recently").getExpression()).contains("recently");
    assertThat(TimeSpec.builder().at(august).start(start).build().earliest()).contains(august);
  }

  @Test
  void marksActorsWithIdentityCaveatAsUncheckable() {
    Actor named = SampleDocuments.whiteHouse();
    assertThat(named.hasUncheckableIdentity()).isFalse();
    assertThat(named.withIdentityCaveat("No other record mentions this office.").hasUncheckableIdentity()).isTrue();
  }

  @Test
  void buildsParametrisedValuesWithOf() {
    assertThat(AdmiraltyRating.of("B", 2)).isEqualTo(AdmiraltyRating.builder().sourceReliability("B")
        .informationCredibility(2).build());
    assertThat(Participant.of("russia", ParticipantRole.RECIPIENT).getRole()).isEqualTo(ParticipantRole.RECIPIENT);
  }

  @Test
  void defaultsRolesToCurrent() {
    assertThat(Role.builder().title("spokesperson").build().isFormer()).isFalse();
    assertThat(Role.builder().title("vice chairman").former(true).build().isFormer()).isTrue();
  }
}
