/** How long a set-password link stays valid (shared by the data layer and the admin page). */
export const SET_PASSWORD_LINK_HOURS = 24;
