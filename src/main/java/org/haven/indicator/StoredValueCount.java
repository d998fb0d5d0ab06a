package org.haven.indicator;

/**
 * How many data values are stored for a data element. Implemented by the data feature, so the registry can refuse
 * a plain category change that would leave stored values on a disaggregation the element no longer has.
 */
public interface StoredValueCount {

    long valuesOf(String dataElement);
}
