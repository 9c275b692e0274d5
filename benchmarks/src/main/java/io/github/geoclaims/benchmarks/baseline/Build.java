package io.github.geoclaims.benchmarks.baseline;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * One build of geoclaims, loaded from its benchmarks jar (which holds the library and its Jackson) in a class loader
 * of its own, whose parent is the platform class loader: two builds share no class, not even Jackson's, and each
 * has its own JIT profile. Both are called the same way, through the public facade
 * {@code io.github.geoclaims.json.GeoClaimsJson}, which every build since the hand-written codec has: a validating
 * reader, a reader built with {@code validate(false)}, and {@code write}; and through
 * {@code GeoClaimsValidator.shared().validate}. A build with the Jackson 2 backend
 * ({@code io.github.geoclaims.jackson.Jackson2Backend}) is pinned to it, since its jar also holds Jackson 3, which
 * {@code standard()} would prefer; a build from before the backends has Jackson 2 only.
 *
 * <pre>{@code
 * Build baseline = Build.load(Path.of("baseline/benchmarks.jar"), bytes);
 * baseline.run(Operation.READ);
 * }</pre>
 */
final class Build {

  /** What is measured: an operation of the facade on the document. */
  enum Operation {
    /** {@code read(byte[])} with validation, as {@code GeoClaimsJson.standard()} reads. */
    READ,
    /** {@code read(byte[])} of a facade built with {@code validate(false)}. */
    READ_UNVALIDATED,
    /**
     * {@code GeoClaimsValidator.shared().validate(document)} of the document read once beforehand: validation alone,
     * on a document in memory, which lets a build reuse what it worked out on an earlier call.
     */
    VALIDATE,
    /** {@code write(ClaimDocument)}, to a {@code String}, of the document read once beforehand. */
    WRITE,
    /**
     * {@code write(ClaimDocument, OutputStream)} of the same document to a stream that discards the bytes: the
     * codec and Jackson without the making of a {@code String}.
     */
    WRITE_STREAM
  }

  private static final String FACADE = "io.github.geoclaims.json.GeoClaimsJson";
  private static final String BACKEND_SPI = "io.github.geoclaims.json.spi.JsonBackend";
  private static final String JACKSON2_BACKEND = "io.github.geoclaims.jackson.Jackson2Backend";
  private static final String DOCUMENT = "io.github.geoclaims.model.ClaimDocument";
  private static final String VALIDATOR = "io.github.geoclaims.validation.GeoClaimsValidator";

  private final Object validating;
  private final Object unvalidated;
  private final Method read;
  private final Method write;
  private final Method writeStream;
  private final Object validator;
  private final Method validate;
  private final byte[] bytes;
  private final Object document;

  private Build(Object validating, Object unvalidated, Method read, Method write, Method writeStream,
      Class<?> validator, byte[] bytes) throws ReflectiveOperationException {
    this.validating = validating;
    this.unvalidated = unvalidated;
    this.read = read;
    this.write = write;
    this.writeStream = writeStream;
    this.validator = validator.getMethod("shared").invoke(null);
    this.validate = validator.getMethod("validate", Object.class);
    this.bytes = bytes;
    this.document = invoke(read, validating, (Object) bytes);
  }

  /**
   * Loads a build and reads the document once with it, which also checks that the build accepts it.
   *
   * @param jar the build's benchmarks jar
   * @param bytes the document, which every operation reads or writes
   * @return the build
   * @throws ReflectiveOperationException if the jar has no facade of the expected shape, or the read fails
   */
  static Build load(Path jar, byte[] bytes) throws ReflectiveOperationException {
    ClassLoader loader;
    try {
      loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Not a jar path: " + jar, e);
    }
    Class<?> facade = Class.forName(FACADE, true, loader);
    Method read = facade.getMethod("read", byte[].class);
    Class<?> document = Class.forName(DOCUMENT, true, loader);
    return new Build(facade(facade, loader, true), facade(facade, loader, false), read,
        facade.getMethod("write", document), facade.getMethod("write", document, OutputStream.class),
        Class.forName(VALIDATOR, true, loader), bytes);
  }

  /** Builds a facade, validating or not, on the Jackson 2 backend when the build has backends. */
  private static Object facade(Class<?> facade, ClassLoader loader, boolean validate)
      throws ReflectiveOperationException {
    Object builder = facade.getMethod("builder").invoke(null);
    Class<?> backend;
    try {
      backend = Class.forName(JACKSON2_BACKEND, true, loader);
    } catch (ClassNotFoundException e) {
      backend = null;   // a build from before the backends: Jackson 2 only
    }
    if (backend != null) {
      builder.getClass().getMethod("backend", Class.forName(BACKEND_SPI, true, loader))
          .invoke(builder, backend.getConstructor().newInstance());
    }
    builder.getClass().getMethod("validate", boolean.class).invoke(builder, validate);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /**
   * Runs the operation once.
   *
   * @param operation the operation
   * @return its result, for a blackhole
   * @throws ReflectiveOperationException if the build throws
   */
  Object run(Operation operation) throws ReflectiveOperationException {
    switch (operation) {
      case READ:
        return invoke(read, validating, (Object) bytes);
      case READ_UNVALIDATED:
        return invoke(read, unvalidated, (Object) bytes);
      case VALIDATE:
        return invoke(validate, validator, document);
      case WRITE:
        return invoke(write, validating, document);
      default:
        return invoke(writeStream, validating, document, OutputStream.nullOutputStream());
    }
  }

  private static Object invoke(Method method, Object target, Object... arguments)
      throws ReflectiveOperationException {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw new ReflectiveOperationException(method.getName() + " failed in the build: " + e.getCause(),
          e.getCause());
    }
  }
}
