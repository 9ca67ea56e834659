/** Site-wide settings read from the environment at build time (see README, "Deploying"). */

/** Where the source lives, for "edit this page" and the footer. Override with REPOSITORY_URL. */
export const REPOSITORY_URL: string = process.env.REPOSITORY_URL ?? 'https://github.com/red-line-casebook/casebook';

/** The branch "edit this page" links point to. */
export const REPOSITORY_BRANCH: string = process.env.REPOSITORY_BRANCH ?? 'main';

/** The URL to edit a content file on the forge. */
export const editUrl = (file: string): string => `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file}`;
