/**
 * W3C Web Annotation: one {@code Annotation} per quoted attribution out
 * ({@link io.github.geoclaims.interop.webannotation.WebAnnotationExporter}), with a {@code TextQuoteSelector} and a
 * {@code TextPositionSelector} counting Unicode code points as the model's anchors do; and annotations on a known
 * source text back into anchors ({@link io.github.geoclaims.interop.webannotation.WebAnnotationImporter}), checked
 * by the same rules as validation.
 */
package io.github.geoclaims.interop.webannotation;
