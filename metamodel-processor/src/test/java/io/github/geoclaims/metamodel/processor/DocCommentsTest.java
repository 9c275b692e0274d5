package io.github.geoclaims.metamodel.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocCommentsTest {

  @Test
  void endsTheSentenceAtAPeriodBeforeAnotherSentence() {
    assertThat(DocComments.firstSentence(" Returns the roles. Each names its organisation.\n"))
        .isEqualTo("Returns the roles.");
  }

  @Test
  void doesNotEndTheSentenceAtAnAbbreviationFollowedByALowerCaseWord() {
    assertThat(DocComments.firstSentence(" Returns a description (\"U.S. officials\").\n More."))
        .isEqualTo("Returns a description (\"U.S. officials\").");
  }

  @Test
  void endsTheSentenceAtAParagraphABlockOrABlockTag() {
    assertThat(DocComments.firstSentence(" A quantity\n <p>More text.")).isEqualTo("A quantity");
    assertThat(DocComments.firstSentence(" An actor:\n\n <pre>{@code Actor.builder()}</pre>")).isEqualTo("An actor:");
    assertThat(DocComments.firstSentence(" Returns the chain\n\n @param id the identifier\n @return the chain"))
        .isEqualTo("Returns the chain");
  }

  @Test
  void rendersInlineTagsAsTheirText() {
    assertThat(DocComments.firstSentence(" Such as {@code north-korea} or {@code {\"a\":1}}."))
        .isEqualTo("Such as north-korea or {\"a\":1}.");
    assertThat(DocComments.firstSentence(" See {@link #getAttributions()}, {@link Claim#chainOf(Attribution) the"
        + " chain} and {@link Term}.")).isEqualTo("See getAttributions(), the chain and Term.");
  }

  @Test
  void dropsHtmlTagsAndDecodesEntitiesAndCollapsesWhiteSpace() {
    assertThat(DocComments.firstSentence(" An <em>extension</em> &lt;x-&gt; value,\n   as written &amp; read."))
        .isEqualTo("An extension <x-> value, as written & read.");
  }

  @Test
  void givesAnEmptyDescriptionForAMissingComment() {
    assertThat(DocComments.firstSentence(null)).isEmpty();
  }
}
