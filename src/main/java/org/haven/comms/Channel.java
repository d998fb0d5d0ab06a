package org.haven.comms;

/** How a product reaches its audience. */
enum Channel {
    WEBSITE, SOCIAL_MEDIA, EMAIL, PRINT, BROADCAST, PRESS, IN_PERSON, ONLINE_MEETING, OTHER
}
