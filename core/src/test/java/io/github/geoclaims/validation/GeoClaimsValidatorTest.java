package io.github.geoclaims.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.TimeSpec;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class GeoClaimsValidatorTest {

  /** A user's own bean with a constraint this library does not know. */
  static final class UserBean {
    @Size(max = 2)
    final String name = "too long";
  }

  private static ClaimDocument twoViolations() {
    return SampleDocuments.document().withId("bad id").withTitle(" ");
  }

  @Test
  void sharesOneInstance() {
    assertThat(GeoClaimsValidator.shared()).isSameAs(GeoClaimsValidator.shared());
  }

  @Test
  void returnsValidObjectFromRequireValid() {
    ClaimDocument document = SampleDocuments.document();
    assertThat(GeoClaimsValidator.shared().requireValid(document)).isSameAs(document);
  }

  @Test
  void throwsOneExceptionListingEveryViolation() {
    assertThatThrownBy(() -> GeoClaimsValidator.shared().requireValid(twoViolations()))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.getViolations()).extracting(Violation::path).containsExactly("id", "title");
          assertThat(e).hasMessage("2 violations:\n"
              + "  /id: must be an identifier: 1-128 characters, letters, digits and . _ : - , starting with a letter"
              + " or digit [identifier.malformed]\n"
              + "  /title: must not be blank [value.blank]");
        });
  }

  @Test
  void describesASingleViolationInTheSingular() {
    InvalidModelException e = new InvalidModelException(
        List.of(new Violation("", ViolationCode.TIME_EMPTY, "a time needs a point")));
    assertThat(e).hasMessage("1 violation:\n  (root): a time needs a point [time.empty]");
  }

  @Test
  void copiesTheViolationsIntoTheException() {
    List<Violation> violations = new java.util.ArrayList<>(List.of(new Violation("a", ViolationCode.OTHER, "m")));
    InvalidModelException e = new InvalidModelException(violations);
    violations.clear();
    assertThat(e.getViolations()).hasSize(1);
    assertThatThrownBy(() -> e.getViolations().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sortsViolationsByPathThenCodeThenMessage() {
    List<Violation> violations = GeoClaimsValidator.shared().validate(TimeSpec.builder().build());
    assertThat(violations).containsExactly(new Violation("", ViolationCode.TIME_EMPTY,
        "a time needs a point (at), an interval (start, end) or at least the expression the text uses"));
    List<Violation> sorted = GeoClaimsValidator.shared().validate(
        SampleDocuments.withNorthKorea(SampleDocuments.northKorea().withKind(io.github.geoclaims.model.ActorKind.STATE)
            .withMembers("russia", "white-house", "russia").withMemberCount(1)));
    assertThat(sorted).extracting(Violation::path, Violation::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("actors[0].memberCount",
            "the member count 1 is smaller than the 2 members listed"),
        org.assertj.core.groups.Tuple.tuple("actors[0].members", "a member is listed more than once"),
        org.assertj.core.groups.Tuple.tuple("actors[0].members",
            "only a group or an unnamed collective has members, but this actor is a state"));
  }

  @Test
  void rejectsNullModel() {
    assertThatNullPointerException().isThrownBy(() -> GeoClaimsValidator.shared().validate(null));
    assertThatNullPointerException().isThrownBy(() -> GeoClaimsValidator.using(null));
  }

  @Test
  void delegatesToTheGivenJakartaValidator() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      GeoClaimsValidator validator = GeoClaimsValidator.using(factory.getValidator());
      assertThat(validator.validate(twoViolations())).isEqualTo(GeoClaimsValidator.shared().validate(twoViolations()));
      assertThat(validator.validate(SampleDocuments.document())).isEmpty();
    }
  }

  @Test
  void reportsForeignConstraintsAsOther() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      Set<ConstraintViolation<UserBean>> violations = factory.getValidator().validate(new UserBean());
      assertThat(GeoClaimsValidator.toViolations(violations)).containsExactly(
          new Violation("name", ViolationCode.OTHER, "size must be between 0 and 2"));
      assertThat(GeoClaimsValidator.shared().validate(new UserBean())).extracting(Violation::code)
          .containsExactly(ViolationCode.OTHER);
    }
  }

  @Test
  void writesViolationAsPointerMessageAndCode() {
    assertThat(new Violation("claims[0].time", ViolationCode.TIME_EMPTY, "empty"))
        .hasToString("/claims/0/time: empty [time.empty]");
    assertThat(new Violation("", ViolationCode.TIME_EMPTY, "empty")).hasToString("(root): empty [time.empty]");
  }

  @Test
  void rejectsIncompleteViolation() {
    assertThatNullPointerException().isThrownBy(() -> new Violation(null, ViolationCode.OTHER, "m"));
    assertThatNullPointerException().isThrownBy(() -> new Violation("", null, "m"));
    assertThatNullPointerException().isThrownBy(() -> new Violation("", ViolationCode.OTHER, null));
  }

  @Test
  void comparesViolationsByValue() {
    nl.jqno.equalsverifier.EqualsVerifier.forClass(Violation.class)
        .suppress(nl.jqno.equalsverifier.Warning.NULL_FIELDS).verify();
  }
}
