#pragma once

#include "syncrecord.h"

/**
 * Where a collection's outgoing records go, one at a time (SyncStore::outgoing): a first
 * sync hands over a million reviews, and holding them all at once took a quarter of a
 * gigabyte and a second. io/journalsegmentwriter.h writes them into a segment as they come.
 */
class SyncRecordSink
{
public:
    virtual ~SyncRecordSink() = default;
    virtual void add(const RegisterWrite &write) = 0;
    virtual void add(const ReviewRecord &review) = 0;
};
