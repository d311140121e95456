/** Where the board is served: outside `/api/v1`, because it is a web page and its own JSON API, not ours. */
export const QUEUE_BOARD_PATH = '/api/admin/queues';

/** The cookie that opens the board, scoped to QUEUE_BOARD_PATH so that no other request carries it. */
export const QUEUE_BOARD_COOKIE = 'ibd_queue_board';

/** How long a board session lasts; the client asks for a new one each time the admin opens the board. */
export const QUEUE_BOARD_SESSION_SECONDS = 600;

/** The `purpose` claim of a board token, checked together with its audience. */
export const QUEUE_BOARD_PURPOSE = 'queue-board';

/** The board token's audience: derived from the access tokens' one and never equal to it. */
export const queueBoardAudience = (accessAudience: string): string => `${accessAudience}/${QUEUE_BOARD_PURPOSE}`;
