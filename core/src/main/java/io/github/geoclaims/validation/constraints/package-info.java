/**
 * The Jakarta Validation constraints of the model. Rules about one value or one object sit on that object's
 * accessors or type; rules that span a document (unique identifiers, references, quotes against source text,
 * dates against publication, relation cycles) sit on {@link io.github.geoclaims.model.ClaimDocument}.
 */
package io.github.geoclaims.validation.constraints;
