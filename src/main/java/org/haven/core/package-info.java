/**
 * Shared kernel: the exceptions every feature throws for missing rows, version conflicts and invalid input, the
 * JSON error format of the API, and paging. Depends on nothing else in Haven.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.haven.core;
