package io.github.geoclaims.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scope is planned from the document's class-level constraints and checks the document's parts by class. */
class DocumentScopeTest {

  @Test
  void decidesTheDocumentLevelRulesOfTheDocumentOnly() {
    assertThat(DocumentScope.decides(Metamodel.of(ClaimDocument.class))).isTrue();
    for (ModelType<?> type : Metamodel.types()) {
      assertThat(DocumentScope.decides(type)).as(type.name()).isEqualTo(type.javaType() == ClaimDocument.class);
    }
  }

  @Test
  void decidesOnlyConstraintsTheDocumentDeclares() {
    List<Class<? extends Annotation>> declared = new ArrayList<>();
    Metamodel.of(ClaimDocument.class).constraints().forEach(constraint -> declared.add(constraint.annotationType()));
    assertThat(declared).containsAll(DocumentScope.DECIDED);
  }

  @Test
  void checksActorsSourcesClaimsAndRelationsButNoOtherParts() {
    assertThat(DocumentScope.partCheck(Actor.class)).isNotNull();
    assertThat(DocumentScope.partCheck(Source.class)).isNotNull();
    assertThat(DocumentScope.partCheck(Claim.class)).isNotNull();
    assertThat(DocumentScope.partCheck(ClaimRelation.class)).isNotNull();
    assertThat(DocumentScope.partCheck(Role.class)).isNull();
  }
}
