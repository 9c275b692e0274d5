package io.github.geoclaims.metamodel.processor;

import javax.lang.model.element.Element;

/** Thrown when the model declares something the metamodel cannot describe; reported as a compile error at it. */
final class ModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Element element;

  /**
   * Creates the exception.
   *
   * @param element the element at fault, where javac reports the error
   * @param message what is wrong
   */
  ModelException(Element element, String message) {
    super(message);
    this.element = element;
  }

  /** Returns the element at fault. */
  Element element() {
    return element;
  }
}
