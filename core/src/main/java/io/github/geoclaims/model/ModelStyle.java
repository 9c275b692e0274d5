package io.github.geoclaims.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one place that sets how every model type is generated ("sandwich" style).
 *
 * <p>A package-private {@code AbstractX} declares JavaBeans accessors ({@code getX()}/{@code isX()}) with
 * their Jakarta Validation constraints; Immutables generates the public, final {@code X} with
 * {@code X.builder()}, {@code withX(...)} and value-based {@code equals}/{@code hashCode}/{@code toString}.
 * JavaBeans accessors matter: Jakarta Validation only sees constraints on getters, so a plain
 * {@code Validator} sees every rule.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    get = {"is*", "get*"},
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "evidence:evidence"},
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false))
@interface ModelStyle {}
