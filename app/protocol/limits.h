#pragma once

#include <QtGlobal>

namespace warmline::protocol {

// The version of the wire protocol, negotiated as the WebSocket subprotocol "warmline.v1" and
// repeated in every envelope. It changes only when old clients could misread new frames; see the
// changelog in docs/protocol.md.
inline constexpr int protocolVersion = 1;
inline constexpr char subprotocol[] = "warmline.v1";

// Frames larger than this get a typed frame_too_large error; the connection stays usable.
inline constexpr qsizetype maxFrameBytes = 64 * 1024;
// Frames larger than this are not even buffered: the socket refuses them at the WebSocket layer
// (close code 1009), because reading a multi-megabyte frame just to reject it is the attack.
inline constexpr quint64 maxSocketMessageBytes = 1024 * 1024;

inline constexpr qsizetype maxOpIdLength = 64;
inline constexpr qsizetype maxTypeLength = 64;
inline constexpr qsizetype maxLoginLength = 64;
inline constexpr qsizetype maxPasswordLength = 256;
inline constexpr qsizetype maxTokenLength = 128;
inline constexpr qsizetype maxMessageLength = 4000;
inline constexpr int maxTopics = 8;
inline constexpr int maxHistoryPage = 200;
inline constexpr int maxOrderPage = 500;
inline constexpr qsizetype maxFilterLength = 100;

// Compensation: amounts are integer fen. Anything above ¥1,000,000 is a typing accident or an attack.
inline constexpr qint64 maxCompensationAmount = 100'000'000;
inline constexpr int maxRemediesPerOption = 4;
inline constexpr int minOfferedOptions = 2;
inline constexpr int maxOfferedOptions = 3;
inline constexpr qsizetype maxReasonLength = 200;
inline constexpr qsizetype maxCommentLength = 500;

// Per-connection request rate: a token bucket.
inline constexpr int rateBurst = 80;
inline constexpr int ratePerSecond = 40;

} // namespace warmline::protocol
