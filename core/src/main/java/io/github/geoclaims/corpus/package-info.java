/**
 * Many documents as one body of evidence: {@link io.github.geoclaims.corpus.ClaimCorpus} indexes documents one at a
 * time, resolves the references between them, and answers how many independent origins back a claim across all of
 * them.
 */
package io.github.geoclaims.corpus;
