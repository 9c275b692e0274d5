/**
 * The geoclaims model and its rules: immutable value types for sourced claims ({@code io.github.geoclaims.model}),
 * indexed across documents ({@code io.github.geoclaims.corpus}), validated by Jakarta constraints ({@code io.github.geoclaims.validation.constraints}) with Hibernate Validator as
 * the engine ({@code io.github.geoclaims.validation}). No JSON library.
 *
 * <p>The constraint validators are internal: Hibernate Validator reaches them, and the model's getters, by
 * reflection, which this module opens to it alone.
 */
@SuppressWarnings("module")   // the qualified export names the JSON module, which is compiled after this one
module io.github.geoclaims.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;
  requires static java.compiler;
  requires static org.immutables.value;

  exports io.github.geoclaims.corpus;
  exports io.github.geoclaims.model;
  exports io.github.geoclaims.model.meta;
  // The generated per-type read loops and write sequences: the JSON module's codec runs on them.
  exports io.github.geoclaims.model.codec to io.github.geoclaims.json;
  exports io.github.geoclaims.validation;
  exports io.github.geoclaims.validation.constraints;

  opens io.github.geoclaims.corpus to org.hibernate.validator;
  opens io.github.geoclaims.model to org.hibernate.validator;
  opens io.github.geoclaims.validation.internal to org.hibernate.validator;
}
