/**
 * Internal: what the reader and the writer share about the wire format beyond the metamodel, the top-level layout
 * of a document.
 */
package io.github.geoclaims.json.internal.wire;
