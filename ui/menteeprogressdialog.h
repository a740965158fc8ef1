#pragma once

#include "protocol/mentoringmessages.h"

#include <QDialog>

namespace warmline::ui {

// One mentee's progress across mentor sessions (导师制): the rubric of every reviewed session over
// time as a chart — empathy, ownership, resolution and warmth, 1 to 5 — the moments mentors
// marked and their notes, and the mentee's outcome figures over the last 30 days.
class MenteeProgressDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MenteeProgressDialog(const protocol::MentorProgressReply &progress, QWidget *parent = nullptr);
};

} // namespace warmline::ui
