import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  SNAPSHOT_2020_ID,
  aPublicationView,
  aPublishableSnapshot,
} from '../../../testing/publication-fixtures';
import { PublicationService } from './publication.service';

describe('PublicationService', () => {
  let service: PublicationService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(PublicationService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists the snapshots whose figures may be published', () => {
    let answer: unknown;
    service.publishable().subscribe((snapshots) => (answer = snapshots));

    backend
      .expectOne({ method: 'GET', url: '/api/snapshots/published' })
      .flush([aPublishableSnapshot()]);
    expect(answer).toEqual([aPublishableSnapshot()]);
  });

  it('asks for a publication view in a language, with k only when one is chosen', () => {
    let answer: unknown;
    service.publication(SNAPSHOT_2020_ID, { language: 'ca' }).subscribe((view) => (answer = view));
    const byDefault = backend.expectOne(
      (request) => request.url === `/api/snapshots/${SNAPSHOT_2020_ID}/publication`,
    );
    expect(byDefault.request.params.keys()).toEqual(['lang']);
    expect(byDefault.request.params.get('lang')).toBe('ca');
    byDefault.flush(aPublicationView());
    expect(answer).toEqual(aPublicationView());

    service.publication(SNAPSHOT_2020_ID, { k: 7, language: 'es' }).subscribe();
    const withK = backend.expectOne(`/api/snapshots/${SNAPSHOT_2020_ID}/publication?lang=es&k=7`);
    expect(withK.request.method).toBe('GET');
    withK.flush(aPublicationView({ k: 7, language: 'es' }));
  });
});
