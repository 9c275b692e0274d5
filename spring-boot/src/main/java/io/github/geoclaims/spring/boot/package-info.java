/**
 * Spring Boot 4 (Jackson 3) auto-configuration for geoclaims: {@link
 * io.github.geoclaims.spring.boot.GeoClaimsJacksonAutoConfiguration} registers the Jackson 3 module with Boot's
 * JSON mapper, and {@link io.github.geoclaims.spring.boot.GeoClaimsWebMvcAutoConfiguration} answers a request
 * whose geoclaims body cannot be read, breaks the model's rules or has the wrong content type with an RFC 9457
 * {@code application/problem+json} response ({@link io.github.geoclaims.spring.boot.GeoClaimsProblemResolver}),
 * each problem with a JSON Pointer into the request body ({@link io.github.geoclaims.spring.boot.BodyProblem}).
 */
package io.github.geoclaims.spring.boot;
