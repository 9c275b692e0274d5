/**
 * Internal: the validators behind the constraints of {@code io.github.geoclaims.validation.constraints}, and the
 * precompiled pass that calls the same classes. Public only because Jakarta Validation instantiates them; the module
 * does not export this package (it opens it to Hibernate Validator alone). Use the constraints, not these classes.
 */
package io.github.geoclaims.validation.internal;
