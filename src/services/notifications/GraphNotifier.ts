import type { GraphApi } from '../graph/GraphDirectoryService';
import type { INotifier, Notice, NoticeOutcome } from './contracts';

/** Being built (issue 6). */
export class GraphNotifier implements INotifier {
  protected readonly graph: GraphApi;

  public constructor(graph: GraphApi) {
    this.graph = graph;
  }

  public async notify(notice: Notice): Promise<NoticeOutcome> {
    return { delivered: [], failed: notice.to.map((to) => ({ to, error: 'not built yet' })) };
  }
}
