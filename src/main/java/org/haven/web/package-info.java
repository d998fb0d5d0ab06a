/** The web shell: start page, login page, shared page layout. Depends on the features it links to. */
package org.haven.web;
