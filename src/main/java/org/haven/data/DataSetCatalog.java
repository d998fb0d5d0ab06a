package org.haven.data;

import java.util.List;
import java.util.Optional;

/** The configured data sets. */
public interface DataSetCatalog {

    /** Every data set, by name. */
    List<DataSet> all();

    Optional<DataSet> find(String code);

    /** The data sets that contain the element. */
    List<DataSet> containing(String dataElement);
}
