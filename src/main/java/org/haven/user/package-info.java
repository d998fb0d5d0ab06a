/**
 * Users, roles, scopes and security: form login for pages, HTTP Basic for the JSON API, the first admin account,
 * and the admin pages that create, change and deactivate users. Other features ask {@link org.haven.user.CurrentUser}
 * who is acting and what they may touch.
 */
package org.haven.user;
