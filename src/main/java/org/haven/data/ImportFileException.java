package org.haven.data;

/**
 * The file as a whole cannot be read (empty, not UTF-8, not a workbook, a header the importer cannot use): reported
 * as one rejected row with its row number, column and a message key of the import bundle with its arguments.
 */
class ImportFileException extends RuntimeException {

    private final int row;
    private final String column;
    private final String messageKey;
    private final transient Object[] args;

    ImportFileException(int row, String column, String messageKey, Object... args) {
        super(messageKey);
        this.row = row;
        this.column = column;
        this.messageKey = messageKey;
        this.args = args;
    }

    int row() {
        return row;
    }

    String column() {
        return column;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args;
    }
}
