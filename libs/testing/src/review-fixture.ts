/** A small document-stage rubric: two criteria on 0–5, weights 60/40 of 100. */
export function smallRubric() {
  return {
    titleJa: '書類審査 評価シート',
    titleEn: 'Document review rubric',
    criteria: [
      {
        key: 'public_benefit',
        labelJa: '公益性',
        labelEn: 'Public benefit',
        weight: 60,
        scale: { min: 0, max: 5, step: 1 },
        levels: [
          { score: 5, labelJa: '非常に高い', labelEn: 'Very high' },
          { score: 1, labelJa: '低い', labelEn: 'Low' },
        ],
      },
      {
        key: 'feasibility',
        labelJa: '実現可能性',
        labelEn: 'Feasibility',
        weight: 40,
        scale: { min: 0, max: 5, step: 1 },
        commentRequired: true,
      },
    ],
  };
}

/** A joint-evaluation session of the fixture's committee: two slots of 7 + 8 minutes, quorum 2. */
export function sessionBody(
  committeeId: string,
  proposalIds: string[],
  startsAt = '2026-08-20T13:30:00+09:00',
  place = '市役所 大会議室',
) {
  return {
    committeeId,
    stage: 'presentation',
    startsAt,
    place,
    quorum: 2,
    slotMinutes: { presentation: 7, questions: 8 },
    proposalIds,
  };
}
